use std::fmt::Debug;

trait Named {
    fn name(&self) -> String;
}

trait Employee: Named {
    fn salary(&self) -> u32;
    fn card(&self) -> String {
        format!("{} earns {}", self.name(), self.salary())
    }
}

#[derive(Debug)]
struct Engineer {
    name: String,
    level: u32,
}

#[derive(Debug)]
struct Manager {
    name: String,
    reports: Vec<Engineer>,
}

impl Named for Engineer {
    fn name(&self) -> String {
        self.name.clone()
    }
}

impl Employee for Engineer {
    fn salary(&self) -> u32 {
        50_000 + self.level * 10_000
    }
}

impl Named for Manager {
    fn name(&self) -> String {
        format!("{} (manager)", self.name)
    }
}

impl Employee for Manager {
    fn salary(&self) -> u32 {
        let mut s = 70_000;
        for r in &self.reports {
            s += r.salary() / 10;
        }
        s
    }
}

fn payroll(staff: &[&dyn Employee]) -> u32 {
    staff.iter().map(|e| e.salary()).sum()
}

fn show<T: Employee + Debug>(e: &T) {
    println!("{} / {:?}", e.card(), e);
}

fn main() {
    let a = Engineer { name: "Ari".into(), level: 2 };
    let b = Engineer { name: "Bo".into(), level: 4 };
    show(&a);
    let m = Manager { name: "Cy".into(), reports: vec![Engineer { name: "Di".into(), level: 1 }] };
    println!("{}", m.card());
    println!("payroll = {}", payroll(&[&a, &b, &m]));
}
