#[derive(Debug, Clone)]
struct Settings {
    width: u32,
    height: u32,
    title: String,
    fullscreen: bool,
    volume: u8,
}

fn default_settings() -> Settings {
    Settings { width: 800, height: 600, title: String::from("untitled"), fullscreen: false, volume: 70 }
}

fn main() {
    let base = default_settings();
    let game = Settings { title: String::from("game"), fullscreen: true, ..base.clone() };
    let quiet = Settings { volume: 0, ..default_settings() };
    println!("{:?}", base);
    println!("{:?}", game);
    println!("{:?}", quiet);
    let hd = Settings { width: 1920, height: 1080, ..game };
    println!("{} {}x{} fullscreen={} volume={}", hd.title, hd.width, hd.height, hd.fullscreen, hd.volume);
}
