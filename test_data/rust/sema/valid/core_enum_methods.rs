#[derive(Debug, Clone, Copy, PartialEq)]
enum Direction {
    North,
    East,
    South,
    West,
}

impl Direction {
    fn turn_right(self) -> Direction {
        match self {
            Direction::North => Direction::East,
            Direction::East => Direction::South,
            Direction::South => Direction::West,
            Direction::West => Direction::North,
        }
    }

    fn opposite(self) -> Direction {
        self.turn_right().turn_right()
    }

    fn delta(self) -> (i32, i32) {
        match self {
            Direction::North => (0, 1),
            Direction::East => (1, 0),
            Direction::South => (0, -1),
            Direction::West => (-1, 0),
        }
    }
}

fn main() {
    let mut d = Direction::North;
    let mut pos = (0, 0);
    let commands = "FFRFFRFLF";
    for c in commands.chars() {
        match c {
            'F' => {
                let (dx, dy) = d.delta();
                pos = (pos.0 + dx, pos.1 + dy);
            }
            'R' => d = d.turn_right(),
            'L' => d = d.opposite().turn_right(),
            _ => println!("unknown command {}", c),
        }
    }
    println!("ended at {:?} facing {:?}", pos, d);
    println!("opposite of West is {:?}", Direction::West.opposite());
    println!("West == West: {}", Direction::West == Direction::West);
    println!("discriminants: {} {}", Direction::North as i32, Direction::West as u8);
}
