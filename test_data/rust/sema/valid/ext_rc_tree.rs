use std::cell::RefCell;
use std::rc::{Rc, Weak};

struct TreeNode {
    name: String,
    children: RefCell<Vec<Rc<TreeNode>>>,
    parent: RefCell<Weak<TreeNode>>,
}

fn node(name: &str) -> Rc<TreeNode> {
    Rc::new(TreeNode { name: name.to_string(), children: RefCell::new(vec![]), parent: RefCell::new(Weak::new()) })
}

fn add_child(parent: &Rc<TreeNode>, child: Rc<TreeNode>) {
    *child.parent.borrow_mut() = Rc::downgrade(parent);
    parent.children.borrow_mut().push(child);
}

fn path(n: &Rc<TreeNode>) -> String {
    match n.parent.borrow().upgrade() {
        Some(p) => format!("{}/{}", path(&p), n.name),
        None => n.name.clone(),
    }
}

fn print_tree(n: &Rc<TreeNode>, depth: usize) {
    println!("{}{} (strong={}, weak={})", "  ".repeat(depth), n.name, Rc::strong_count(n), Rc::weak_count(n));
    for c in n.children.borrow().iter() {
        print_tree(c, depth + 1);
    }
}

fn main() {
    let root = node("root");
    let src = node("src");
    let main_rs = node("main.rs");
    add_child(&root, src.clone());
    add_child(&src, main_rs.clone());
    add_child(&root, node("README"));
    print_tree(&root, 0);
    println!("path: {}", path(&main_rs));
}
