fn main() {
    for i in 0..4 {
        h.push(spawn(move || "s"
            g(i);
        }));
    }
}
