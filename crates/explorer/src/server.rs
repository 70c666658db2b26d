//! The HTTP server: the embedded page, `GET /api/health`, `POST /api/python` and `POST /api/rust`.
//!
//! Pipelines run on a bounded pool of blocking workers with a per-request time limit, so one slow
//! program cannot stall the others, and every failure (bad JSON, a body over 1 MiB, a busy server,
//! even a bug that panics in a stage) is answered with a JSON error instead of a dropped connection.

use std::net::SocketAddr;
use std::sync::Arc;
use std::time::Duration;

use axum::extract::rejection::JsonRejection;
use axum::extract::{DefaultBodyLimit, State};
use axum::http::{header, StatusCode, Uri};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use axum::{Json, Router};
use rust_embed::RustEmbed;
use serde::Deserialize;
use tokio::sync::Semaphore;

use crate::views::{self, PipelineView};
use crate::MAX_SOURCE_BYTES;

/// How long a request may wait for a free worker before the server answers 503.
const QUEUE_WAIT: Duration = Duration::from_secs(5);
/// How long one pipeline may run before the server stops waiting for it.
const REQUEST_LIMIT: Duration = Duration::from_secs(10);

/// The built front end (web/dist), embedded at compile time in release builds.
#[derive(RustEmbed)]
#[folder = "../../web/dist"]
#[allow_missing = true]
struct Assets;

/// Shared by every request: the permits of the worker pool.
#[derive(Clone)]
pub struct AppState {
    workers: Arc<Semaphore>,
}

impl AppState {
    /// A pool with one worker per core (at least two).
    pub fn new() -> AppState {
        let cores = std::thread::available_parallelism().map_or(2, |n| n.get());
        AppState {
            workers: Arc::new(Semaphore::new(cores.max(2))),
        }
    }
}

impl Default for AppState {
    fn default() -> Self {
        AppState::new()
    }
}

/// The body of `POST /api/python` and `POST /api/rust`.
#[derive(Deserialize)]
pub struct SourceRequest {
    pub source: String,
    /// Virtual files the Python program can `open()` (ignored for Rust).
    #[serde(default)]
    pub files: Vec<views::VirtualFile>,
}

/// The whole application: API routes, then the embedded page for everything else.
pub fn router(state: AppState) -> Router {
    let api = Router::new()
        .route("/health", get(health))
        .route("/python", post(python))
        .route("/rust", post(rust))
        .fallback(api_not_found);
    Router::new()
        .nest("/api", api)
        .fallback(get(static_file))
        .layer(DefaultBodyLimit::max(MAX_SOURCE_BYTES))
        .with_state(state)
}

/// Starts a Tokio runtime and serves until Ctrl-C.
pub fn serve_blocking(addr: SocketAddr) -> std::io::Result<()> {
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()?;
    runtime.block_on(async {
        let listener = tokio::net::TcpListener::bind(addr).await?;
        eprintln!("deepdive: serving http://{}", listener.local_addr()?);
        axum::serve(listener, router(AppState::new()))
            .with_graceful_shutdown(async {
                let _ = tokio::signal::ctrl_c().await;
            })
            .await
    })
}

/// A JSON error answer: `{"error": message}`.
fn error(status: StatusCode, message: impl Into<String>) -> Response {
    let body = serde_json::json!({ "error": message.into() });
    (status, Json(body)).into_response()
}

async fn health() -> Response {
    Json(serde_json::json!({ "status": "ok", "version": env!("CARGO_PKG_VERSION") }))
        .into_response()
}

async fn api_not_found(uri: Uri) -> Response {
    error(
        StatusCode::NOT_FOUND,
        format!("no API endpoint at {}", uri.path()),
    )
}

async fn python(
    state: State<AppState>,
    body: Result<Json<SourceRequest>, JsonRejection>,
) -> Response {
    answer(state, body, |r| {
        views::python_with_files(&r.source, &r.files)
    })
    .await
}

async fn rust(
    state: State<AppState>,
    body: Result<Json<SourceRequest>, JsonRejection>,
) -> Response {
    answer(state, body, |r| views::rust(&r.source)).await
}

/// Answers a pipeline request: runs `view` on the source, or explains what was wrong with the body.
async fn answer(
    State(state): State<AppState>,
    body: Result<Json<SourceRequest>, JsonRejection>,
    view: fn(&SourceRequest) -> PipelineView,
) -> Response {
    match body {
        Ok(Json(request)) => run_pipeline(state, move || view(&request)).await,
        Err(rejection) => rejected(rejection),
    }
}

/// Turns axum's rejection of a body into our JSON error, keeping its status (400, 413, 415, 422).
fn rejected(rejection: JsonRejection) -> Response {
    let status = rejection.status();
    if status == StatusCode::PAYLOAD_TOO_LARGE {
        return error(status, "request body is over the 1 MiB limit");
    }
    // Our API has one kind of bad body, so 422 (valid JSON of the wrong shape) is reported as 400.
    let status = if status == StatusCode::UNPROCESSABLE_ENTITY {
        StatusCode::BAD_REQUEST
    } else {
        status
    };
    error(status, rejection.body_text())
}

/// Runs one pipeline on the worker pool, bounded in waiting time and running time.
async fn run_pipeline(
    state: AppState,
    job: impl FnOnce() -> PipelineView + Send + 'static,
) -> Response {
    let permit = match tokio::time::timeout(QUEUE_WAIT, state.workers.acquire_owned()).await {
        Ok(Ok(permit)) => permit,
        _ => {
            return error(
                StatusCode::SERVICE_UNAVAILABLE,
                "every worker is busy; try again",
            )
        }
    };
    let task = tokio::task::spawn_blocking(move || {
        // The permit is released when the job ends, even if the client has stopped waiting.
        let _permit = permit;
        job()
    });
    match tokio::time::timeout(REQUEST_LIMIT, task).await {
        Ok(Ok(view)) => Json(view).into_response(),
        Ok(Err(_)) => error(
            StatusCode::INTERNAL_SERVER_ERROR,
            "deepdive failed on this input (a bug: please report it with the source)",
        ),
        Err(_) => error(
            StatusCode::SERVICE_UNAVAILABLE,
            format!(
                "the pipeline took longer than the {} s limit",
                REQUEST_LIMIT.as_secs()
            ),
        ),
    }
}

/// The page shown when the binary was built before `web/dist` existed.
const NOT_BUILT_PAGE: &str = "<!doctype html><meta charset=utf-8><title>deepdive</title>\
<h1>deepdive</h1><p>The server is running, but the page was not built into this binary.</p>\
<p>Run <code>make run</code> (or <code>npm --prefix web ci &amp;&amp; npm --prefix web run build</code> \
and rebuild), then reload.</p><p>The JSON API answers at <code>/api</code>; see docs/api.md.</p>";

async fn static_file(uri: Uri) -> Response {
    let path = match uri.path().trim_start_matches('/') {
        "" => "index.html",
        other => other,
    };
    match Assets::get(path) {
        Some(file) => {
            // Vite names assets by content hash, so everything but the page itself can be cached.
            let cache = if path == "index.html" {
                "no-cache"
            } else {
                "public, max-age=31536000, immutable"
            };
            (
                [
                    (header::CONTENT_TYPE, file.metadata.mimetype().to_string()),
                    (header::CACHE_CONTROL, cache.to_string()),
                ],
                file.data,
            )
                .into_response()
        }
        None if path == "index.html" => (
            [(header::CONTENT_TYPE, "text/html; charset=utf-8")],
            NOT_BUILT_PAGE,
        )
            .into_response(),
        None => (StatusCode::NOT_FOUND, "not found").into_response(),
    }
}
