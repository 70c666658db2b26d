fn main() {
    if x == 1 {
    } else if {
    }
}
