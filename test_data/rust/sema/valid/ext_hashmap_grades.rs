use std::collections::HashMap;

fn main() {
    let records = [("ana", 90), ("ben", 72), ("ana", 85), ("cy", 60), ("ben", 88), ("ana", 77)];
    let mut by_student: HashMap<String, Vec<u32>> = HashMap::new();
    for (name, grade) in records {
        by_student.entry(name.to_string()).or_default().push(grade);
    }
    let mut names: Vec<&String> = by_student.keys().collect();
    names.sort();
    for name in names {
        let grades = &by_student[name];
        let avg = grades.iter().sum::<u32>() as f64 / grades.len() as f64;
        println!("{:<4} {:?} avg {:.1}", name, grades, avg);
    }
    let mut capitals = HashMap::new();
    capitals.insert("France", "Paris");
    capitals.insert("Japan", "Tokyo");
    let old = capitals.insert("France", "Paris (again)");
    println!("replaced: {:?}", old);
    match capitals.get("Peru") {
        Some(c) => println!("Peru: {}", c),
        None => println!("Peru: unknown"),
    }
    if let Some(c) = capitals.get_mut("Japan") {
        *c = "東京";
    }
    let mut all: Vec<_> = capitals.into_iter().collect();
    all.sort();
    println!("{:?}", all);
}
