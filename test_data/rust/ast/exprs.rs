fn exprs() {
    let a = 1 + 2 * 3 - 4 / 5 % 6;
    let b = 1 << 2 >> 3 & 4 ^ 5 | 6;
    let c = a == b && a != b || a < b && a > b || a <= b && a >= b;
    let d = -x as u8 as i32;
    let e = !*&mut &x;
    x = y = z;
    x += 1;
    x -= 1;
    x *= 2;
    x /= 2;
    x %= 2;
    x &= 1;
    x |= 1;
    x ^= 1;
    x <<= 1;
    x >>= 1;
    let r1 = ..;
    let r2 = 1..;
    let r3 = ..2;
    let r4 = 1..2;
    let r5 = 1..=2;
    let r6 = ..=2;
    let r7 = a + 1..b * 2;
    let f = foo(1, 2).bar::<u8>(3).baz.0.1;
    let g = v[i][j];
    let h = opt?.field?;
    let i = fut.await;
    let j = (1,);
    let k = (1, 2, 3);
    let l = ();
    let m = (1);
    let n = [1, 2, 3];
    let o = [0u8; 16];
    let p = Point { x: 1, y, ..Default::default() };
    let q = Tuple { 0: 1, 1: 2 };
    let s = <Vec<u8> as Default>::default();
    let t = Vec::<u8>::with_capacity(10);
    let u = std::mem::size_of::<u64>();
    let v = &raw const x;
    let w = &raw mut x;
    let cl1 = |x| x + 1;
    let cl2 = |x: i32, y: i32| -> i32 { x + y };
    let cl3 = move || {};
    let cl4 = async move { 1 };
    let cl5 = || ();
    let blk = unsafe { 1 };
    let cst = const { 1 + 1 };
    let lbl = 'outer: {
        break 'outer 1;
    };
    if a {} else if b {} else {}
    if let Some(x) = opt {}
    while let Some(x) = stack.pop() {}
    while i < 10 {
        i += 1;
    }
    'l: loop {
        continue 'l;
    }
    let v = loop {
        break 5;
    };
    for (i, x) in xs.iter().enumerate() {}
    'outer: for i in 0..10 {
        break 'outer;
    }
    match x {
        0 => {}
        1 | 2 => println!("small"),
        n if n > 10 => return,
        _ => (),
    }
    return;
    _ = f();
    (a, b) = (b, a);
    let lit = (1u8, 2.5f64, 'c', b'b', "s", b"bs", r"raw", r#"raw#"#, true, false, 1e10, 0xff);
}
