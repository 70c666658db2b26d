fn main() {
    let code = 404;
    let text = match code {
        200 => "ok",
        404 => "not found",
        _ => 500,
    };
    println!("{}", text);
}
