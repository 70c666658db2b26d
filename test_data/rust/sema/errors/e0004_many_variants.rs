enum Day {
    Mon,
    Tue,
    Wed,
    Thu,
    Fri,
    Sat,
    Sun,
}

fn is_weekend(d: Day) -> bool {
    match d {
        Day::Sat => true,
        Day::Sun => true,
    }
}

fn main() {
    println!("{}", is_weekend(Day::Mon));
}
