trait Describe {
    fn describe(&self) -> String;

    fn twice(&self) -> String {
        let d = self.describe();
        format!("{} {}", d, d)
    }
}

impl Describe for i32 {
    fn describe(&self) -> String {
        format!("int {}", self)
    }
}

impl<T: Describe> Describe for Vec<T> {
    fn describe(&self) -> String {
        let parts: Vec<String> = self.iter().map(|x| x.describe()).collect();
        format!("[{}]", parts.join(", "))
    }
}

impl<T: Describe> Describe for Option<T> {
    fn describe(&self) -> String {
        match self {
            Some(x) => format!("some {}", x.describe()),
            None => String::from("none"),
        }
    }
}

fn print_it<T: Describe>(x: T) {
    println!("{}", x.describe());
}

fn main() {
    print_it(5);
    print_it(vec![1, 2]);
    print_it(Some(vec![3]));
    let none: Option<i32> = None;
    println!("{}", none.twice());
    println!("{}", 7.twice());
}
