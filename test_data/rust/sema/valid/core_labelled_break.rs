fn find_pair(grid: &[[i32; 4]; 4], target: i32) -> Option<(usize, usize)> {
    let mut result = None;
    'rows: for (r, row) in grid.iter().enumerate() {
        for (c, &value) in row.iter().enumerate() {
            if value == target {
                result = Some((r, c));
                break 'rows;
            }
        }
    }
    result
}

fn main() {
    let grid = [[1, 2, 3, 4], [5, 6, 7, 8], [9, 10, 11, 12], [13, 14, 15, 16]];
    println!("{:?}", find_pair(&grid, 7));
    println!("{:?}", find_pair(&grid, 99));
    let mut count = 0;
    'outer: loop {
        let mut inner = 0;
        loop {
            inner += 1;
            count += 1;
            if count >= 10 {
                break 'outer;
            }
            if inner == 3 {
                break;
            }
        }
        println!("inner loop done, count = {}", count);
    }
    println!("final count = {}", count);
    let value = 'search: {
        for n in 2..100 {
            if n * n > 200 {
                break 'search n;
            }
        }
        0
    };
    println!("labelled block value = {}", value);
}
