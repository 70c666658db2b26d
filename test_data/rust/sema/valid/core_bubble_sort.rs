fn bubble_sort(v: &mut Vec<i32>) -> usize {
    let mut swaps = 0;
    let n = v.len();
    for pass in 0..n {
        let mut swapped = false;
        for i in 0..n - 1 - pass {
            if v[i] > v[i + 1] {
                v.swap(i, i + 1);
                swaps += 1;
                swapped = true;
            }
        }
        if !swapped {
            break;
        }
    }
    swaps
}

fn insertion_sort(v: &mut [i32]) {
    for i in 1..v.len() {
        let key = v[i];
        let mut j = i;
        while j > 0 && v[j - 1] > key {
            v[j] = v[j - 1];
            j -= 1;
        }
        v[j] = key;
    }
}

fn main() {
    let mut v = vec![64, 34, 25, 12, 22, 11, 90, 5];
    let swaps = bubble_sort(&mut v);
    println!("bubble: {:?} with {} swaps", v, swaps);
    let mut sorted = vec![1, 2, 3];
    println!("already sorted needs {} swaps", bubble_sort(&mut sorted));
    let mut w = [9, -3, 7, 0, 7, 2];
    insertion_sort(&mut w);
    println!("insertion: {:?}", w);
}
