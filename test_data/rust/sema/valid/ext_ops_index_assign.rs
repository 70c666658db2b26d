use std::ops::{AddAssign, Index, IndexMut};

#[derive(Debug)]
struct Grid {
    w: usize,
    cells: Vec<i32>,
}

impl Index<(usize, usize)> for Grid {
    type Output = i32;
    fn index(&self, (r, c): (usize, usize)) -> &i32 {
        &self.cells[r * self.w + c]
    }
}

impl IndexMut<(usize, usize)> for Grid {
    fn index_mut(&mut self, (r, c): (usize, usize)) -> &mut i32 {
        &mut self.cells[r * self.w + c]
    }
}

#[derive(Debug, Clone, Copy)]
struct Money {
    cents: i64,
}

impl AddAssign for Money {
    fn add_assign(&mut self, other: Money) {
        self.cents += other.cents;
    }
}

fn main() {
    let mut g = Grid { w: 3, cells: vec![0; 6] };
    g[(0, 1)] = 5;
    g[(1, 2)] = 7;
    g[(1, 2)] += 1;
    println!("{:?}", g);
    println!("g[(1, 2)] = {}", g[(1, 2)]);
    for r in 0..2 {
        let mut row = String::new();
        for c in 0..3 {
            row.push_str(&format!("{:3}", g[(r, c)]));
        }
        println!("{}", row);
    }
    let mut wallet = Money { cents: 150 };
    wallet += Money { cents: 275 };
    wallet += Money { cents: -25 };
    println!("wallet = {} cents ({:?})", wallet.cents, wallet);
}
