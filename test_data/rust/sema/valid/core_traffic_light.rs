#[derive(Debug, Clone, Copy, PartialEq)]
enum Light {
    Red,
    RedAmber,
    Green,
    Amber,
}

impl Light {
    fn next(self) -> Light {
        match self {
            Light::Red => Light::RedAmber,
            Light::RedAmber => Light::Green,
            Light::Green => Light::Amber,
            Light::Amber => Light::Red,
        }
    }

    fn seconds(self) -> u32 {
        match self {
            Light::Red => 30,
            Light::RedAmber => 2,
            Light::Green => 25,
            Light::Amber => 3,
        }
    }
}

fn main() {
    let mut light = Light::Red;
    let mut clock = 0;
    let mut cycles = 0;
    while cycles < 2 {
        println!("t={:>3}s {:?} for {}s", clock, light, light.seconds());
        clock += light.seconds();
        light = light.next();
        if light == Light::Red {
            cycles += 1;
        }
    }
    println!("two cycles take {} seconds", clock);
}
