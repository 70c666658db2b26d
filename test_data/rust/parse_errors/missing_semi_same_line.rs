fn main() {
    foo() bar();
}
