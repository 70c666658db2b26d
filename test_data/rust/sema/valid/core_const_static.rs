const MAX_PLAYERS: usize = 4;
const GRAVITY: f64 = 9.81;
const GREETING: &str = "welcome";
const SQUARES: [u32; 5] = [0, 1, 4, 9, 16];
static APP_NAME: &str = "deepdive";
static LIMITS: [i32; 3] = [10, 100, 1000];

const fn cube(x: u64) -> u64 {
    x * x * x
}

const BIG_CUBE: u64 = cube(1_000);

fn fall_distance(seconds: f64) -> f64 {
    0.5 * GRAVITY * seconds * seconds
}

fn main() {
    println!("{} to {} (up to {} players)", GREETING, APP_NAME, MAX_PLAYERS);
    for t in 0..4 {
        println!("after {}s: {:.2} m", t, fall_distance(t as f64));
    }
    let mut sum = 0;
    for s in SQUARES {
        sum += s;
    }
    println!("squares: {:?}, sum {}", SQUARES, sum);
    println!("limits: {:?}", LIMITS);
    println!("cube(1000) = {}", BIG_CUBE);
    let mut seats = [""; MAX_PLAYERS];
    seats[0] = "host";
    println!("{:?}", seats);
}
