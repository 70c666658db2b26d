#[derive(Debug)]
enum List {
    Cons(i32, Box<List>),
    Nil,
}

use List::{Cons, Nil};

fn from_slice(values: &[i32]) -> List {
    let mut list = Nil;
    for &v in values.iter().rev() {
        list = Cons(v, Box::new(list));
    }
    list
}

fn sum(list: &List) -> i32 {
    match list {
        Cons(v, rest) => v + sum(rest),
        Nil => 0,
    }
}

fn length(list: &List) -> usize {
    let mut n = 0;
    let mut cur = list;
    while let Cons(_, next) = cur {
        n += 1;
        cur = next;
    }
    n
}

fn main() {
    let list = from_slice(&[1, 2, 3, 4]);
    println!("{:?}", list);
    println!("sum = {}, length = {}", sum(&list), length(&list));
    let empty = from_slice(&[]);
    println!("{:?} has length {}", empty, length(&empty));
}
