#[derive(Debug, Clone, Copy, PartialEq)]
struct Vec2 {
    x: i32,
    y: i32,
}

#[derive(Debug, Clone, Copy, PartialEq)]
enum Cell {
    Empty,
    Wall,
    Coin(u32),
}

fn add(a: Vec2, b: Vec2) -> Vec2 {
    Vec2 { x: a.x + b.x, y: a.y + b.y }
}

fn main() {
    let a = Vec2 { x: 1, y: 2 };
    let b = a; // a copy, `a` is still usable
    let c = add(a, b);
    println!("a = {:?}, b = {:?}, c = {:?}", a, b, c);
    println!("a == b: {}, a == c: {}, a != c: {}", a == b, a == c, a != c);
    let row = [Cell::Empty, Cell::Wall, Cell::Coin(5), Cell::Coin(5), Cell::Empty];
    let mut coins = 0;
    for cell in row {
        if let Cell::Coin(v) = cell {
            coins += v;
        }
    }
    println!("coins = {}", coins);
    println!("row[2] == row[3]: {}", row[2] == row[3]);
    let mut walls = 0;
    for cell in &row {
        if *cell == Cell::Wall {
            walls += 1;
        }
    }
    println!("walls: {}", walls);
    let mut grid = [[Cell::Empty; 3]; 2];
    grid[1][2] = Cell::Coin(1);
    println!("{:?}", grid);
}
