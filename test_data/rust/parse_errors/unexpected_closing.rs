fn main() {}
}
