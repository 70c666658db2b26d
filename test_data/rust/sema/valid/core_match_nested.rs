#[derive(Debug)]
enum Shape {
    Circle { radius: f64 },
    Rect { w: f64, h: f64 },
}

#[derive(Debug)]
enum Item {
    Solid(Shape, u32),
    Empty,
}

fn label(item: &Item) -> String {
    match item {
        Item::Solid(Shape::Circle { radius }, count) if *radius > 10.0 => format!("{} big circles", count),
        Item::Solid(Shape::Circle { radius: r }, 1) => format!("one circle of radius {}", r),
        Item::Solid(Shape::Circle { .. }, n) => format!("{} circles", n),
        Item::Solid(Shape::Rect { w, h }, _) if w == h => format!("squares of side {}", w),
        Item::Solid(Shape::Rect { w, h }, n) => format!("{} rects {}x{}", n, w, h),
        Item::Empty => String::from("nothing"),
    }
}

fn main() {
    let items = vec![
        Item::Solid(Shape::Circle { radius: 12.0 }, 3),
        Item::Solid(Shape::Circle { radius: 2.0 }, 1),
        Item::Solid(Shape::Circle { radius: 2.0 }, 4),
        Item::Solid(Shape::Rect { w: 5.0, h: 5.0 }, 2),
        Item::Solid(Shape::Rect { w: 2.0, h: 8.0 }, 6),
        Item::Empty,
    ];
    for it in &items {
        println!("{}", label(it));
    }
    let nested = Some(Ok::<i32, String>(5));
    match nested {
        Some(Ok(n)) if n > 3 => println!("big ok {}", n),
        Some(Ok(n)) => println!("ok {}", n),
        Some(Err(e)) => println!("err {}", e),
        None => println!("none"),
    }
    println!("{:?}", items[0]);
}
