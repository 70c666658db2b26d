use std::fmt;

struct Table<T> {
    title: String,
    rows: Vec<(String, T)>,
}

impl<T: fmt::Display> fmt::Display for Table<T> {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        writeln!(f, "== {} ==", self.title)?;
        for (k, v) in &self.rows {
            writeln!(f, "{:<8}|{:>8}", k, v)?;
        }
        write!(f, "({} rows)", self.rows.len())
    }
}

trait Summary {
    fn summarize_author(&self) -> String;
    fn summarize(&self) -> String {
        format!("(Read more from {}...)", self.summarize_author())
    }
}

impl<T> Summary for Table<T> {
    fn summarize_author(&self) -> String {
        format!("table '{}'", self.title)
    }
}

fn main() {
    let t = Table { title: "prices".to_string(), rows: vec![("tea".to_string(), 2.5), ("cake".to_string(), 4.25)] };
    println!("{}", t);
    let u = Table { title: "counts".to_string(), rows: vec![("a".to_string(), 1), ("b".to_string(), 22)] };
    println!("{}", u);
    println!("{}", u.summarize());
}
