#[derive(Debug, Clone, Copy, PartialEq)]
enum Mark {
    X,
    O,
    Empty,
}

type Board = [[Mark; 3]; 3];

fn winner(b: &Board) -> Option<Mark> {
    let lines = [
        [(0, 0), (0, 1), (0, 2)], [(1, 0), (1, 1), (1, 2)], [(2, 0), (2, 1), (2, 2)],
        [(0, 0), (1, 0), (2, 0)], [(0, 1), (1, 1), (2, 1)], [(0, 2), (1, 2), (2, 2)],
        [(0, 0), (1, 1), (2, 2)], [(0, 2), (1, 1), (2, 0)],
    ];
    for line in lines {
        let [a, b2, c] = line;
        let m = b[a.0][a.1];
        if m != Mark::Empty && m == b[b2.0][b2.1] && m == b[c.0][c.1] {
            return Some(m);
        }
    }
    None
}

fn show(b: &Board) {
    for row in b {
        let mut cells: Vec<&str> = Vec::new();
        for m in row {
            cells.push(match m {
                Mark::X => "X",
                Mark::O => "O",
                Mark::Empty => ".",
            });
        }
        println!("{}", cells.join(" "));
    }
}

fn main() {
    let mut board = [[Mark::Empty; 3]; 3];
    let moves = [(1, 1), (0, 0), (2, 2), (0, 2), (0, 1), (2, 1), (1, 0), (1, 2), (2, 0)];
    for (turn, &(r, c)) in moves.iter().enumerate() {
        board[r][c] = if turn % 2 == 0 { Mark::X } else { Mark::O };
        if let Some(w) = winner(&board) {
            show(&board);
            println!("{:?} wins on turn {}", w, turn + 1);
            return;
        }
    }
    show(&board);
    println!("draw");
}
