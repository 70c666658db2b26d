use crate::utils::helper;

fn main() {
    println!("{}", helper());
}
