enum E { A, B; }
