fn describe(values: &[i32]) -> String {
    match values {
        [] => String::from("empty"),
        [x] => format!("one element: {}", x),
        [a, b] => format!("two elements: {} and {}", a, b),
        [first, .., last] if first == last => format!("starts and ends with {}", first),
        [first, rest @ ..] => format!("{} followed by {} more", first, rest.len()),
    }
}

fn main() {
    let cases: [&[i32]; 5] = [&[], &[7], &[1, 2], &[9, 4, 9], &[3, 1, 4, 1, 5]];
    for case in cases {
        println!("{:?}: {}", case, describe(case));
    }
    let arr = [1, 2, 3, 4, 5];
    let [a, b, .., e] = arr;
    println!("a = {}, b = {}, e = {}", a, b, e);
    if let [_, middle @ .., _] = &arr[..] {
        println!("middle = {:?}", middle);
    }
}
