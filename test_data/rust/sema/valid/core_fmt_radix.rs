fn main() {
    let n = 2024u32;
    println!("dec {}", n);
    println!("hex {:x} / {:X} / {:#x} / {:#010x}", n, n, n, n);
    println!("oct {:o} / {:#o}", n, n);
    println!("bin {:b} / {:#b}", n, n);
    for b in [0u8, 5, 170, 255] {
        println!("{:3} = {:08b}", b, b);
    }
    println!("negative hex: {:x}", -1i8);
    println!("negative bin: {:b}", -2i16);
    println!("exp: {:e} {:E} {:e}", 1234.5f64, 0.00012f64, 1e100f64);
    let mask = 0b1010_0101u8;
    println!("mask {:#010b} shifted {:#010b}", mask, mask >> 2);
    let rgb = (18u8, 52u8, 86u8);
    println!("#{:02x}{:02x}{:02x}", rgb.0, rgb.1, rgb.2);
    println!("{:>#12x}|{:<#12b}|", 255, 5);
}
