trait Animal {
    fn name(&self) -> String;
    fn sound(&self) -> String;

    fn speak(&self) -> String {
        format!("{} says {}", self.name(), self.sound())
    }

    fn speak_twice(&self) -> String {
        let s = self.sound();
        format!("{} says {} {}", self.name(), s, s)
    }
}

struct Dog;
struct Cat {
    lives: u8,
}

impl Animal for Dog {
    fn name(&self) -> String {
        "Dog".to_string()
    }
    fn sound(&self) -> String {
        "woof".to_string()
    }
}

impl Animal for Cat {
    fn name(&self) -> String {
        format!("Cat with {} lives", self.lives)
    }
    fn sound(&self) -> String {
        "meow".to_string()
    }
    fn speak_twice(&self) -> String {
        String::from("a cat never repeats itself")
    }
}

fn main() {
    let d = Dog;
    let c = Cat { lives: 9 };
    println!("{}", d.speak());
    println!("{}", d.speak_twice());
    println!("{}", c.speak());
    println!("{}", c.speak_twice());
}
