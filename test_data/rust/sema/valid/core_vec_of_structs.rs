#[derive(Debug, Clone)]
struct Student {
    name: String,
    grade: u32,
}

fn average(students: &Vec<Student>) -> f64 {
    let mut total = 0;
    for s in students {
        total += s.grade;
    }
    total as f64 / students.len() as f64
}

fn best(students: &[Student]) -> &Student {
    let mut best = &students[0];
    for s in students {
        if s.grade > best.grade {
            best = s;
        }
    }
    best
}

fn main() {
    let mut class = vec![
        Student { name: String::from("Ana"), grade: 88 },
        Student { name: String::from("Ben"), grade: 72 },
        Student { name: String::from("Chloé"), grade: 95 },
    ];
    class.push(Student { name: "Dev".to_string(), grade: 64 });
    println!("average = {:.2}", average(&class));
    let top = best(&class);
    println!("best: {} with {}", top.name, top.grade);
    for s in class.iter_mut() {
        s.grade += 5;
    }
    for s in &class {
        let mark = if s.grade >= 90 { "A" } else if s.grade >= 75 { "B" } else { "C" };
        println!("{:<6} {:>3} {}", s.name, s.grade, mark);
    }
    let copy = class[0].clone();
    println!("{:?}", copy);
}
