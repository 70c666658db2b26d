trait Summary {
    fn author(&self) -> String;

    fn summarize(&self) -> String {
        format!("(Read more from {}...)", self.author())
    }

    fn shout(&self) -> String {
        self.summarize().to_uppercase()
    }
}

struct Tweet {
    user: String,
    text: String,
}

struct Article {
    title: String,
    by: String,
}

impl Summary for Tweet {
    fn author(&self) -> String {
        format!("@{}", self.user)
    }
}

impl Summary for Article {
    fn author(&self) -> String {
        self.by.clone()
    }

    fn summarize(&self) -> String {
        format!("{}, by {}", self.title, self.author())
    }
}

fn notify<T: Summary>(item: &T) -> String {
    format!("Breaking news! {}", item.summarize())
}

fn main() {
    let t = Tweet {
        user: String::from("rustlang"),
        text: String::from("1.95 is out"),
    };
    let a = Article {
        title: String::from("Generics"),
        by: String::from("Ferris"),
    };
    println!("{}", t.summarize());
    println!("{}", a.summarize());
    println!("{}", t.shout());
    println!("{}", notify(&a));
    println!("{} chars", t.text.len());
}
