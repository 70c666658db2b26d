fn patterns() {
    let _ = 1;
    let x = 1;
    let mut y = 2;
    let ref z = 3;
    let ref mut w = 4;
    let (a, b) = (1, 2);
    let (first, .., last) = t;
    let [head, tail @ ..] = arr;
    let Point { x, y: py, .. } = p;
    let Point { ref x, mut y, z: _ } = p;
    let Pair(l, r) = pair;
    let &(a, b) = r;
    let &mut c = m;
    let Some(v) = opt else { return };
    match n {
        0 => {}
        -1 => {}
        1..=9 => {}
        10.. => {}
        ..=-10 => {}
        i32::MIN..0 => {}
        b'a'..=b'z' => {}
        'a' | 'b' => {}
        x @ 100..=200 => {}
        Color::Red => {}
        Some(Shape::Circle { radius }) => {}
        <T as Tr>::C => {}
        (1, _) | (_, 1) => {}
        [] => {}
        [x, y, rest @ ..] => {}
        "str" => {}
        true => {}
        &&x => {}
        m!() => {}
        | A | B => {}
    }
}
