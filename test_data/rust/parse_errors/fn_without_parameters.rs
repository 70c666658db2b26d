fn main {
}
