//! Tests of the HTTP API through the real router: shapes, spans, errors and limits of docs/api.md.

use axum::body::Body;
use axum::http::{header, Request, StatusCode};
use http_body_util::BodyExt;
use serde_json::Value;
use tower::ServiceExt;

use explorer::server::{router, AppState};

/// Sends one request to a fresh router and returns the status and the body parsed as JSON
/// (or as a JSON string when it is not JSON).
async fn send(request: Request<Body>) -> (StatusCode, Value) {
    let response = router(AppState::new()).oneshot(request).await.unwrap();
    let status = response.status();
    let bytes = response.into_body().collect().await.unwrap().to_bytes();
    let value = serde_json::from_slice(&bytes)
        .unwrap_or_else(|_| Value::String(String::from_utf8_lossy(&bytes).into_owned()));
    (status, value)
}

fn post_json(path: &str, body: impl Into<Body>) -> Request<Body> {
    Request::post(path)
        .header(header::CONTENT_TYPE, "application/json")
        .body(body.into())
        .unwrap()
}

fn post_source(path: &str, source: &str) -> Request<Body> {
    post_json(path, serde_json::json!({ "source": source }).to_string())
}

fn tokens(answer: &Value) -> &Vec<Value> {
    answer["stages"]["tokens"]["tokens"].as_array().unwrap()
}

const PYTHON_FIB: &str = "def fib(n):\n    if n <= 1:\n        return n\n    return fib(n - 1) + fib(n - 2)\n\nresult = fib(10)\nprint(result)\n";
const RUST_FIB: &str = "fn fib(n: u64) -> u64 {\n    if n <= 1 {\n        return n;\n    }\n    fib(n - 1) + fib(n - 2)\n}\n\nfn main() {\n    let result = fib(10);\n    println!(\"{}\", result);\n}\n";

#[tokio::test]
async fn health_answers() {
    let (status, body) = send(Request::get("/api/health").body(Body::empty()).unwrap()).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(body["status"], "ok");
}

#[tokio::test]
async fn python_tokens_have_kinds_categories_and_spans() {
    let (status, body) = send(post_source("/api/python", PYTHON_FIB)).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(body["language"], "python");
    let tokens = tokens(&body);
    assert_eq!(tokens[0]["kind"], "ENCODING");
    let def = &tokens[1];
    assert_eq!(def["kind"], "NAME");
    assert_eq!(def["text"], "def");
    assert_eq!(def["category"], "keyword");
    assert_eq!(
        def["span"],
        serde_json::json!({"byte_start": 0, "byte_end": 3, "line_start": 1, "column_start": 1, "line_end": 1, "column_end": 4})
    );
    let kinds: Vec<&str> = tokens.iter().map(|t| t["kind"].as_str().unwrap()).collect();
    for kind in [
        "NEWLINE",
        "INDENT",
        "DEDENT",
        "NL",
        "ENDMARKER",
        "NUMBER",
        "OP",
    ] {
        assert!(kinds.contains(&kind), "no {kind} token in {kinds:?}");
    }
    assert_eq!(body["diagnostics"], serde_json::json!([]));
    // Stages not built yet are absent.
    assert!(body["stages"].get("run").is_none());
}

#[tokio::test]
async fn rust_tokens_leave_out_whitespace() {
    let (status, body) = send(post_source("/api/rust", RUST_FIB)).await;
    assert_eq!(status, StatusCode::OK);
    let tokens = tokens(&body);
    assert_eq!(tokens[0]["text"], "fn");
    assert_eq!(tokens[0]["category"], "keyword");
    assert_eq!(tokens[1]["text"], "fib");
    assert_eq!(tokens[1]["category"], "identifier");
    assert_eq!(tokens[1]["span"]["byte_start"], 3);
    assert!(tokens.iter().all(|t| t["category"] != "trivia"));
    let u64s = tokens.iter().filter(|t| t["text"] == "u64").count();
    assert_eq!(u64s, 2);
    assert!(tokens
        .iter()
        .filter(|t| t["text"] == "u64")
        .all(|t| t["category"] == "type"));
    // Joint punctuation is glued as rustc's parser reads it.
    let arrow = tokens.iter().find(|t| t["text"] == "->").unwrap();
    assert_eq!(arrow["kind"], "RArrow");
    assert_eq!(arrow["category"], "operator");
    assert!(tokens
        .iter()
        .any(|t| t["kind"] == "Le" && t["text"] == "<="));
}

#[tokio::test]
async fn rust_ast_has_the_tree_and_its_text() {
    let (status, body) = send(post_source("/api/rust", RUST_FIB)).await;
    assert_eq!(status, StatusCode::OK);
    let ast = &body["stages"]["ast"];
    assert!(ast["dump"].as_str().unwrap().starts_with("Crate @1:1"));
    assert_eq!(ast["tree"]["kind"], "Crate");
    let items = ast["tree"]["fields"][0]["list"].as_array().unwrap();
    assert_eq!(items[0]["kind"], "Fn");
    assert_eq!(items[0]["span"]["byte_start"], 0);
    assert!(items[0]["fields"]
        .as_array()
        .unwrap()
        .iter()
        .any(|f| f["name"] == "ident" && f["value"] == "\"fib\""));
    assert!(body["diagnostics"].as_array().unwrap().is_empty());
}

#[tokio::test]
async fn rust_hir_shows_the_desugared_for_loop_linked_to_its_source() {
    let src = "fn main() {\n    for i in 0..10 {\n        println!(\"{}\", i);\n    }\n}\n";
    let (status, body) = send(post_source("/api/rust", src)).await;
    assert_eq!(status, StatusCode::OK);
    let hir = &body["stages"]["hir"];
    let text = hir["text"].as_str().unwrap();
    assert!(text.contains("match into_iter(Range { start: 0, end: 10 }) {"));
    let lines = hir["lines"].as_array().unwrap();
    let line = lines
        .iter()
        .find(|l| {
            l["text"]
                .as_str()
                .unwrap()
                .contains("match next(&mut iter)")
        })
        .unwrap();
    // `next(&mut iter)` was introduced by the `for` desugaring and points at the loop.
    let mark = line["marks"]
        .as_array()
        .unwrap()
        .iter()
        .find(|m| m["desugaring"] == "for")
        .unwrap();
    assert_eq!(mark["span"]["line_start"], 2);
    // The user's `i` keeps its own span and no desugaring mark.
    let print_line = lines
        .iter()
        .find(|l| {
            l["text"]
                .as_str()
                .unwrap()
                .contains("super let args = (&i,);")
        })
        .unwrap();
    assert!(print_line["marks"]
        .as_array()
        .unwrap()
        .iter()
        .any(|m| m["desugaring"].is_null() && m["span"]["line_start"] == 3));
    assert!(body["diagnostics"].as_array().unwrap().is_empty());
}

#[tokio::test]
async fn rust_name_errors_are_hir_diagnostics() {
    let (status, body) = send(post_source(
        "/api/rust",
        "fn main() {\n    let counter = 1;\n    println!(\"{}\", countr);\n}\n",
    ))
    .await;
    assert_eq!(status, StatusCode::OK);
    let d = &body["diagnostics"][0];
    assert_eq!(d["stage"], "hir");
    assert_eq!(d["code"], "E0425");
    assert_eq!(d["message"], "cannot find value `countr` in this scope");
}

#[tokio::test]
async fn rust_parse_errors_are_ast_diagnostics_and_the_tree_stays() {
    let (status, body) = send(post_source(
        "/api/rust",
        "fn main() {\n    let x = 1\n    let y = 2;\n}\n",
    ))
    .await;
    assert_eq!(status, StatusCode::OK);
    let d = &body["diagnostics"][0];
    assert_eq!(d["stage"], "ast");
    assert_eq!(d["message"], "expected `;`, found keyword `let`");
    assert!(d["rendered"]
        .as_str()
        .unwrap()
        .contains(" --> main.rs:2:14"));
    assert_eq!(body["stages"]["ast"]["tree"]["kind"], "Crate");
}

#[tokio::test]
async fn rust_deep_nesting_answers() {
    // Just under the parser's limit: a deep tree, serialised without trouble.
    let deep = format!(
        "fn main() {{ let x = {}1{}; }}",
        "(".repeat(250),
        ")".repeat(250)
    );
    let (status, body) = send(post_source("/api/rust", &deep)).await;
    assert_eq!(status, StatusCode::OK);
    // The answer nests deeper than serde_json's reader allows (128), so read it as text.
    let text = body
        .as_str()
        .expect("deeper than serde_json's recursion limit");
    assert!(
        text.ends_with(r#""diagnostics":[]}"#),
        "{}",
        &text[text.len() - 200..]
    );
    // Over it: one diagnostic, no crash.
    let deeper = format!(
        "fn main() {{ let x = {}1{}; }}",
        "(".repeat(10_000),
        ")".repeat(10_000)
    );
    let (status, body) = send(post_source("/api/rust", &deeper)).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(
        body["diagnostics"][0]["message"],
        "deepdive: nesting too deep (more than 256 levels)"
    );
}

#[tokio::test]
async fn spans_count_characters_after_non_ascii_text() {
    let (_, body) = send(post_source("/api/python", "é = 'ü'\n")).await;
    let string = tokens(&body)
        .iter()
        .find(|t| t["kind"] == "STRING")
        .unwrap();
    assert_eq!(string["span"]["byte_start"], 5);
    assert_eq!(string["span"]["column_start"], 5);
}

#[tokio::test]
async fn lexer_errors_are_diagnostics_not_failures() {
    let (status, body) = send(post_source("/api/rust", "fn main() { let s = \"abc; }\n")).await;
    assert_eq!(status, StatusCode::OK);
    let d = &body["diagnostics"][0];
    assert_eq!(d["code"], "E0765");
    assert_eq!(d["message"], "unterminated double quote string");
    assert!(d["rendered"]
        .as_str()
        .unwrap()
        .contains(" --> main.rs:1:21"));

    let (status, body) = send(post_source("/api/python", "x = '''abc\n")).await;
    assert_eq!(status, StatusCode::OK);
    let d = &body["diagnostics"][0];
    assert_eq!(d["message"], "EOF in multi-line string");
    assert!(d["rendered"].as_str().unwrap().starts_with("main.py:1:"));
}

#[tokio::test]
async fn bad_bodies_get_json_errors() {
    let (status, body) = send(post_json("/api/python", "{not json")).await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    assert!(body["error"].is_string());

    let (status, body) = send(post_json("/api/rust", r#"{"code": "x"}"#)).await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    assert!(body["error"].as_str().unwrap().contains("source"));

    let request = Request::post("/api/rust")
        .body(Body::from(r#"{"source":""}"#))
        .unwrap();
    let (status, body) = send(request).await;
    assert_eq!(status, StatusCode::UNSUPPORTED_MEDIA_TYPE);
    assert!(body["error"].is_string());

    let (status, body) = send(Request::get("/api/nothing").body(Body::empty()).unwrap()).await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    assert!(body["error"].is_string());
}

#[tokio::test]
async fn bodies_over_one_mebibyte_get_413() {
    let big = "x".repeat(explorer::MAX_SOURCE_BYTES + 1);
    let (status, body) = send(post_source("/api/python", &big)).await;
    assert_eq!(status, StatusCode::PAYLOAD_TOO_LARGE);
    assert_eq!(body["error"], "request body is over the 1 MiB limit");
}

#[tokio::test]
async fn hostile_sources_are_answered() {
    let long_line = format!("x = {}\n", "1".repeat(1_000_000));
    let sources = [
        "\0\0\0".to_string(),
        "print('a\0b')\n".to_string(),
        long_line,
        "/* never closed /* nested".to_string(),
        "'".to_string(),
        "\u{feff}\u{202e}x\r\r\n\t\x0c".to_string(),
    ];
    for source in &sources {
        for path in ["/api/python", "/api/rust"] {
            let (status, body) = send(post_source(path, source)).await;
            assert_eq!(
                status,
                StatusCode::OK,
                "{path} on {:?}",
                &source[..source.len().min(20)]
            );
            assert!(body["stages"]["tokens"]["tokens"].is_array());
        }
    }
}

#[tokio::test]
async fn concurrent_requests_are_all_served() {
    let app = router(AppState::new());
    let requests = (0..32).map(|i| {
        let app = app.clone();
        let path = if i % 2 == 0 {
            "/api/python"
        } else {
            "/api/rust"
        };
        let source = if i % 2 == 0 { PYTHON_FIB } else { RUST_FIB };
        tokio::spawn(async move {
            app.oneshot(post_source(path, source))
                .await
                .unwrap()
                .status()
        })
    });
    for request in requests {
        assert_eq!(request.await.unwrap(), StatusCode::OK);
    }
}

#[tokio::test]
async fn the_page_is_served() {
    let (status, body) = send(Request::get("/").body(Body::empty()).unwrap()).await;
    assert_eq!(status, StatusCode::OK);
    assert!(body.as_str().unwrap().contains("deepdive"));
    let (status, _) = send(
        Request::get("/no-such-file.js")
            .body(Body::empty())
            .unwrap(),
    )
    .await;
    assert_eq!(status, StatusCode::NOT_FOUND);
}

#[tokio::test]
async fn python_ast_has_the_dump_and_the_tree() {
    let (status, body) = send(post_source("/api/python", PYTHON_FIB)).await;
    assert_eq!(status, StatusCode::OK);
    let ast = &body["stages"]["ast"];
    assert!(ast["dump"]
        .as_str()
        .unwrap()
        .starts_with("Module(body=[FunctionDef(name='fib', args=arguments("));
    let tree = &ast["tree"];
    assert_eq!(tree["kind"], "Module");
    assert_eq!(tree["fields"][0]["name"], "body");
    let function = &tree["fields"][0]["list"][0];
    assert_eq!(function["kind"], "FunctionDef");
    assert_eq!(function["span"]["byte_start"], 0);
    assert_eq!(function["span"]["line_end"], 4);
    assert_eq!(function["fields"][0]["name"], "name");
    assert_eq!(function["fields"][0]["value"], "'fib'");
    assert_eq!(function["fields"][1]["node"]["kind"], "arguments");
}

#[tokio::test]
async fn python_syntax_errors_replace_the_ast_with_a_diagnostic() {
    let (status, body) = send(post_source("/api/python", "def fib(n)\n    return n\n")).await;
    assert_eq!(status, StatusCode::OK);
    assert!(body["stages"].get("ast").is_none());
    assert!(body["stages"]["tokens"].is_object());
    let d = body["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .find(|d| d["stage"] == "ast")
        .unwrap();
    assert_eq!(d["message"], "expected ':'");
    assert_eq!(
        d["rendered"],
        "  File \"main.py\", line 1\n    def fib(n)\n              ^\nSyntaxError: expected ':'\n"
    );
    assert_eq!(d["labels"][0]["span"]["byte_start"], 10);
}

#[tokio::test]
async fn python_bytecode_lists_code_objects_with_spans() {
    let (status, body) = send(post_source("/api/python", PYTHON_FIB)).await;
    assert_eq!(status, StatusCode::OK);
    let bytecode = &body["stages"]["bytecode"];
    assert!(bytecode["text"]
        .as_str()
        .unwrap()
        .starts_with("  0           0 RESUME                   0\n"));
    let objects = bytecode["code_objects"].as_array().unwrap();
    assert_eq!(objects[0]["name"], "<module>");
    assert_eq!(objects[1]["name"], "fib");
    let fib = objects[1]["instructions"].as_array().unwrap();
    let global = fib.iter().find(|i| i["opname"] == "LOAD_GLOBAL").unwrap();
    assert_eq!(global["argrepr"], "NULL + fib");
    // `fib` in `return fib(n - 1) + …` on line 4, columns 12 to 15.
    assert_eq!(global["span"]["line_start"], 4);
    assert_eq!(global["span"]["column_start"], 12);
    assert_eq!(global["span"]["column_end"], 15);
    assert!(fib.iter().any(|i| i["jump_target"] == true));
    assert!(bytecode["opcodes"]["BINARY_OP"].as_str().unwrap().len() > 10);
}

#[tokio::test]
async fn python_compile_errors_are_bytecode_diagnostics() {
    let (status, body) = send(post_source("/api/python", "x = 1\nreturn x\n")).await;
    assert_eq!(status, StatusCode::OK);
    assert!(body["stages"]["ast"].is_object());
    assert!(body["stages"].get("bytecode").is_none());
    let d = &body["diagnostics"][0];
    assert_eq!(d["stage"], "bytecode");
    assert_eq!(d["message"], "'return' outside function");
    assert!(d["rendered"]
        .as_str()
        .unwrap()
        .ends_with("SyntaxError: 'return' outside function\n"));
}

#[tokio::test]
async fn python_pvm_runs_the_program_and_records_its_trace() {
    let source = "def fib(n):\n    if n <= 1:\n        return n\n    return fib(n - 1) + fib(n - 2)\n\nresult = fib(10)\nprint(result)\n";
    let (status, body) = send(post_source("/api/python", source)).await;
    assert_eq!(status, StatusCode::OK);
    let pvm = &body["stages"]["pvm"];
    assert_eq!(pvm["stdout"], "55\n");
    assert_eq!(pvm["exit_code"], 0);
    let trace = &pvm["trace"];
    assert_eq!(trace["truncated"], false);
    assert_eq!(trace["codes"][0]["qualname"], "<module>");
    assert_eq!(trace["codes"][1]["qualname"], "fib");
    assert_eq!(trace["codes"][1]["bytecode_index"], 1);
    let steps = trace["steps"].as_array().unwrap();
    assert_eq!(steps.len() as u64, pvm["instructions"].as_u64().unwrap());
    assert!(steps.iter().any(|s| s["heap"]["set"].is_array()));
}

#[tokio::test]
async fn python_pvm_reads_virtual_files_and_stops_long_runs() {
    let body = serde_json::json!({
        "source": "f = open('config.toml')\nprint(f.read())\n",
        "files": [{"name": "config.toml", "content": "debug = true"}],
    });
    let (status, answer) = send(post_json("/api/python", body.to_string())).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(answer["stages"]["pvm"]["stdout"], "debug = true\n");
    // Without the file: CPython's FileNotFoundError.
    let (_, answer) = send(post_source("/api/python", "open('config.toml')\n")).await;
    let stderr = answer["stages"]["pvm"]["stderr"].as_str().unwrap();
    assert!(
        stderr.contains("FileNotFoundError: [Errno 2] No such file or directory: 'config.toml'"),
        "{stderr}"
    );
    assert_eq!(answer["stages"]["pvm"]["exit_code"], 1);
    // An endless loop stops at the page's fuel budget, its trace cut at the step cap.
    let (status, answer) = send(post_source("/api/python", "while True:\n    pass\n")).await;
    assert_eq!(status, StatusCode::OK);
    let pvm = &answer["stages"]["pvm"];
    assert!(pvm["stderr"]
        .as_str()
        .unwrap()
        .starts_with("deepdive: execution stopped after"));
    assert_eq!(pvm["trace"]["truncated"], true);
    assert_eq!(pvm["trace"]["steps"].as_array().unwrap().len(), 10_000);
}
