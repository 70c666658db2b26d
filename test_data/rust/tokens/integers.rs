fn main() {
    let a = 0;
    let b = 1_000_000;
    let c = 0x_dead_BEEF_u64;
    let d = 0o777;
    let e = 0b1010_1010u8;
    let f = 42usize;
    let g = 007;
    let h = 1_i128;
    let i = 0xFFi32;
    let _ = (a, b, c, d, e, f, g, h, i);
}
