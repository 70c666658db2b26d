fn main() {
    let a = "plain";
    let b = "escapes: \n \t \r \\ \" \' \0 \x41 \u{1F980}";
    let c = "multi
line";
    let d = "continued \
             on the next line";
    let e = "unicode: été 🦀";
    let f = "";
    println!("{a}{b}{c}{d}{e}{f}");
}
