//! TLS as Go does it: trust exactly the roots Go would (SSL_CERT_FILE / SSL_CERT_DIR replace the
//! system store on Linux), and record the chain the server presented even when it does not
//! verify, so that an intercepting proxy can be named.

use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use rustls::client::WebPkiServerVerifier;
use rustls::client::danger::{HandshakeSignatureValid, ServerCertVerified, ServerCertVerifier};
use rustls::pki_types::{CertificateDer, ServerName, UnixTime};
use rustls::{DigitallySignedStruct, RootCertStore, SignatureScheme};
use tokio::io::{AsyncRead, AsyncWrite};
use tokio_rustls::TlsConnector;
use tokio_rustls::client::TlsStream;

/// The trust anchors godiag uses, and where they came from.
#[derive(Debug, Clone)]
pub struct Roots {
    pub store: Arc<RootCertStore>,
    /// Subjects of the publicly trusted (Mozilla) roots, to tell a private root apart.
    pub public_subjects: Arc<Vec<Vec<u8>>>,
    /// "system store", "SSL_CERT_FILE=...", with the count and the first loading error.
    pub source: String,
}

/// Loads the roots Go would trust: `SSL_CERT_FILE`/`SSL_CERT_DIR` when set (as
/// rustls-native-certs does, mirroring Go's crypto/x509 on Unix), else the system store.
pub fn load_roots() -> Roots {
    let result = rustls_native_certs::load_native_certs();
    let mut store = RootCertStore::empty();
    let (added, _ignored) = store.add_parsable_certificates(result.certs);
    let mut source = match (
        std::env::var_os("SSL_CERT_FILE"),
        std::env::var_os("SSL_CERT_DIR"),
    ) {
        (Some(f), _) => format!("SSL_CERT_FILE={} ({added} roots)", f.to_string_lossy()),
        (None, Some(d)) => format!("SSL_CERT_DIR={} ({added} roots)", d.to_string_lossy()),
        (None, None) => format!("system store ({added} roots)"),
    };
    // A store that loaded with errors explains a later "unknown authority".
    if let Some(first) = result.errors.first() {
        source.push_str(&format!(
            "; {} loading error(s), first: {first}",
            result.errors.len()
        ));
    }
    let public_subjects = webpki_roots::TLS_SERVER_ROOTS
        .iter()
        .map(|ta| ta.subject.as_ref().to_vec())
        .collect();
    Roots {
        store: Arc::new(store),
        public_subjects: Arc::new(public_subjects),
        source,
    }
}

/// Verifies like the default verifier and keeps a copy of the presented chain.
#[derive(Debug)]
struct RecordingVerifier {
    inner: Arc<WebPkiServerVerifier>,
    chain: Mutex<Vec<CertificateDer<'static>>>,
}

impl ServerCertVerifier for RecordingVerifier {
    fn verify_server_cert(
        &self,
        end_entity: &CertificateDer<'_>,
        intermediates: &[CertificateDer<'_>],
        server_name: &ServerName<'_>,
        ocsp_response: &[u8],
        now: UnixTime,
    ) -> Result<ServerCertVerified, rustls::Error> {
        if let Ok(mut chain) = self.chain.lock() {
            *chain = std::iter::once(end_entity)
                .chain(intermediates)
                .map(|c| c.clone().into_owned())
                .collect();
        }
        self.inner
            .verify_server_cert(end_entity, intermediates, server_name, ocsp_response, now)
    }

    fn verify_tls12_signature(
        &self,
        message: &[u8],
        cert: &CertificateDer<'_>,
        dss: &DigitallySignedStruct,
    ) -> Result<HandshakeSignatureValid, rustls::Error> {
        self.inner.verify_tls12_signature(message, cert, dss)
    }

    fn verify_tls13_signature(
        &self,
        message: &[u8],
        cert: &CertificateDer<'_>,
        dss: &DigitallySignedStruct,
    ) -> Result<HandshakeSignatureValid, rustls::Error> {
        self.inner.verify_tls13_signature(message, cert, dss)
    }

    fn supported_verify_schemes(&self) -> Vec<SignatureScheme> {
        self.inner.supported_verify_schemes()
    }
}

/// What a handshake showed. It is also the report's `tls` fact of a connectivity target.
#[derive(
    Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize, schemars::JsonSchema,
)]
pub struct Handshake {
    pub ok: bool,
    /// The rustls error in plain words, when it failed.
    pub error: Option<String>,
    /// Whether the failure is an unknown issuer (the classic interception symptom).
    pub unknown_issuer: bool,
    /// Issuer of the server's certificate (leaf).
    pub issuer: Option<String>,
    /// Issuer of the last certificate presented: the closest the chain gets to its root.
    pub top_issuer: Option<String>,
    /// Whether the chain's top issuer is a publicly trusted (Mozilla) root.
    pub public_root: Option<bool>,
    pub rtt_ms: u64,
}

fn issuer_and_raw(cert: &CertificateDer<'_>) -> Option<(String, Vec<u8>)> {
    let (_, parsed) = x509_parser::parse_x509_certificate(cert.as_ref()).ok()?;
    Some((
        parsed.issuer().to_string(),
        parsed.issuer().as_raw().to_vec(),
    ))
}

/// Explains a rustls error the way a user can act on it.
pub fn plain_words(e: &rustls::Error) -> String {
    use rustls::{CertificateError, Error};
    match e {
        Error::InvalidCertificate(CertificateError::UnknownIssuer) => {
            "the certificate is signed by an authority this machine does not trust (x509: certificate signed by unknown authority)".into()
        }
        Error::InvalidCertificate(CertificateError::NotValidForName | CertificateError::NotValidForNameContext { .. }) => {
            "the certificate is for another name (x509: certificate is valid for other names)".into()
        }
        Error::InvalidCertificate(CertificateError::Expired | CertificateError::ExpiredContext { .. }) => {
            "the certificate has expired (or this machine's clock is wrong)".into()
        }
        Error::InvalidCertificate(CertificateError::NotValidYet | CertificateError::NotValidYetContext { .. }) => {
            "the certificate is not valid yet (is this machine's clock right?)".into()
        }
        Error::AlertReceived(alert) => format!("the server refused the handshake ({alert:?})"),
        other => other.to_string(),
    }
}

/// Performs a TLS handshake for `server_name` over `io`, bounded by `timeout`.
pub async fn handshake<IO>(
    io: IO,
    server_name: &str,
    roots: &Roots,
    timeout: Duration,
) -> (Handshake, Option<TlsStream<IO>>)
where
    IO: AsyncRead + AsyncWrite + Unpin,
{
    let start = Instant::now();
    let mut result = Handshake {
        ok: false,
        error: None,
        unknown_issuer: false,
        issuer: None,
        top_issuer: None,
        public_root: None,
        rtt_ms: 0,
    };
    let provider = Arc::new(rustls::crypto::ring::default_provider());
    let inner = match WebPkiServerVerifier::builder_with_provider(
        Arc::clone(&roots.store),
        Arc::clone(&provider),
    )
    .build()
    {
        Ok(v) => v,
        Err(e) => {
            result.error = Some(format!("no usable trust roots ({}): {e}", roots.source));
            return (result, None);
        }
    };
    let verifier = Arc::new(RecordingVerifier {
        inner,
        chain: Mutex::new(Vec::new()),
    });
    let config = match rustls::ClientConfig::builder_with_provider(provider)
        .with_safe_default_protocol_versions()
    {
        Ok(b) => b
            .dangerous()
            .with_custom_certificate_verifier(verifier.clone())
            .with_no_client_auth(),
        Err(e) => {
            result.error = Some(e.to_string());
            return (result, None);
        }
    };
    let name = match ServerName::try_from(server_name.to_string()) {
        Ok(n) => n,
        Err(e) => {
            result.error = Some(format!(
                "{server_name:?} is not a valid TLS server name: {e}"
            ));
            return (result, None);
        }
    };
    let connector = TlsConnector::from(Arc::new(config));
    let outcome = tokio::time::timeout(timeout, connector.connect(name, io)).await;
    result.rtt_ms = u64::try_from(start.elapsed().as_millis()).unwrap_or(u64::MAX);
    let chain = verifier.chain.lock().map(|c| c.clone()).unwrap_or_default();
    if let Some((issuer, _)) = chain.first().and_then(issuer_and_raw) {
        result.issuer = Some(issuer);
    }
    if let Some((top, raw)) = chain.last().and_then(issuer_and_raw) {
        result.top_issuer = Some(top);
        result.public_root = Some(roots.public_subjects.contains(&raw));
    }
    match outcome {
        Err(_) => {
            result.error = Some(format!(
                "no TLS handshake within {} ms",
                timeout.as_millis()
            ));
            (result, None)
        }
        Ok(Err(e)) => {
            let rustls_error = e
                .get_ref()
                .and_then(|inner| inner.downcast_ref::<rustls::Error>())
                .cloned();
            match rustls_error {
                Some(re) => {
                    result.unknown_issuer = matches!(
                        re,
                        rustls::Error::InvalidCertificate(rustls::CertificateError::UnknownIssuer)
                    );
                    result.error = Some(plain_words(&re));
                }
                None => result.error = Some(e.to_string()),
            }
            (result, None)
        }
        Ok(Ok(stream)) => {
            result.ok = true;
            (result, Some(stream))
        }
    }
}
