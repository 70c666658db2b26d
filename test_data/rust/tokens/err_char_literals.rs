fn main() {
    let a = '';
    let b = 'ab';
    let c = b'ab';
    let d = '	';
    let e = b'	';
}
