fn restrictions() {
    // A block-like expression ends a statement: `-1` is a new statement.
    if x {} -1;
    match x {} - 1;
    { 1 } - 1;
    // But `.` and `?` continue it.
    match x { _ => y }.method();
    if c { a } else { b }.into_iter();
    unsafe { f() }?;
    // No struct literals in conditions...
    if x == S {}
    while x < S {}
    match S {}
    for x in S {}
    // ...unless parenthesised.
    if x == (S {}) {}
    // A range in a `for` head stops before the block.
    for i in 0.. {}
    // Casts followed by comparisons.
    let a = x as u8 > y;
    let b = (x as usize) < y;
    // Generic arguments close with `>>`.
    let v: Vec<Vec<u8>> = Vec::new();
    let w = Vec::<Vec<u8>>::new();
    // Tail expressions without semicolons.
    let t = { let y = 1; y + 1 };
    // Macro calls as statements and expressions.
    println!("{}", 1);
    vec![1, 2].len();
    m! { a b c }
    let z = format!("{x}") + "y";
}
