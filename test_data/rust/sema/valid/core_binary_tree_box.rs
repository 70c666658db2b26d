#[derive(Debug)]
struct Node {
    key: i32,
    left: Option<Box<Node>>,
    right: Option<Box<Node>>,
}

fn insert(tree: Option<Box<Node>>, key: i32) -> Option<Box<Node>> {
    match tree {
        None => Some(Box::new(Node { key, left: None, right: None })),
        Some(mut node) => {
            if key < node.key {
                node.left = insert(node.left.take(), key);
            } else if key > node.key {
                node.right = insert(node.right.take(), key);
            }
            Some(node)
        }
    }
}

fn in_order(tree: &Option<Box<Node>>, out: &mut Vec<i32>) {
    if let Some(node) = tree {
        in_order(&node.left, out);
        out.push(node.key);
        in_order(&node.right, out);
    }
}

fn height(tree: &Option<Box<Node>>) -> usize {
    match tree {
        None => 0,
        Some(n) => 1 + height(&n.left).max(height(&n.right)),
    }
}

fn contains(tree: &Option<Box<Node>>, key: i32) -> bool {
    let mut cur = tree;
    while let Some(n) = cur {
        if key == n.key {
            return true;
        }
        cur = if key < n.key { &n.left } else { &n.right };
    }
    false
}

fn main() {
    let mut root = None;
    for k in [50, 30, 70, 20, 40, 60, 80, 30, 65] {
        root = insert(root, k);
    }
    let mut keys = Vec::new();
    in_order(&root, &mut keys);
    println!("in order: {:?}", keys);
    println!("height: {}", height(&root));
    println!("contains 65: {}, contains 66: {}", contains(&root, 65), contains(&root, 66));
}
