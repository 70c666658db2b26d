trait T {
    fn f(&self) -> i32 { 1 }
    fn g(&self)
}
