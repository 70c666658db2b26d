fn main() {
    let mut stack = vec![1, 2, 3, 4];
    while let Some(top) = stack.pop() {
        println!("popped {}", top);
    }
    println!("stack empty: {}", stack.is_empty());

    // Depth-first walk of a small tree stored as child lists.
    let children: Vec<Vec<usize>> = vec![vec![1, 2], vec![3, 4], vec![5], vec![], vec![], vec![]];
    let mut todo = vec![(0usize, 0usize)];
    while let Some((node, depth)) = todo.pop() {
        println!("{}node {}", "  ".repeat(depth), node);
        for &c in children[node].iter().rev() {
            todo.push((c, depth + 1));
        }
    }

    let words = "alpha beta gamma";
    let mut it = words.split(' ');
    while let Some(w) = it.next() {
        println!("{} has {} letters", w, w.len());
    }
}
