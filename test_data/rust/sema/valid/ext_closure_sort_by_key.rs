#[derive(Debug, Clone)]
struct Student {
    name: String,
    grade: u32,
}

fn main() {
    let mut students = vec![
        Student { name: String::from("Zoe"), grade: 88 },
        Student { name: String::from("Adam"), grade: 95 },
        Student { name: String::from("Mia"), grade: 72 },
    ];
    students.sort_by_key(|s| s.grade);
    let order: Vec<&str> = students.iter().map(|s| s.name.as_str()).collect();
    println!("{:?}", order);
    students.sort_by(|a, b| a.name.cmp(&b.name));
    for s in &students {
        println!("{} {}", s.name, s.grade);
    }
    let best = students.iter().max_by_key(|s| s.grade).map(|s| s.name.clone());
    println!("best: {:?}", best);
    let passed: Vec<Student> = students.iter().filter(|s| s.grade >= 80).cloned().collect();
    println!("{} passed", passed.len());
    let mut scores: Vec<u32> = students.iter().map(|s| s.grade).collect();
    scores.sort_by(|a, b| b.cmp(a));
    println!("{:?}", scores);
    let threshold = 90;
    let is_top = |s: &Student| s.grade >= threshold;
    println!("{}", students.iter().filter(|s| is_top(s)).count());
}
