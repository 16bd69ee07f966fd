/// What every HTML report with pictures shares: the Content-Security-Policy and the pictures' CSS.
public enum PictureStyle {
    /// Nothing may be fetched, run, framed, submitted or used as a base URL; only the page's own inline style applies.
    public static let contentSecurityPolicy = "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'"

    /// The `<meta>` element carrying `contentSecurityPolicy`.
    public static let cspMeta = "<meta http-equiv=\"Content-Security-Policy\" content=\"\(contentSecurityPolicy)\">"

    /// Pictures scale down with the page; legends are rows of colour swatches.
    public static let css = """
    svg.picture{display:block;max-width:100%;height:auto;font-family:system-ui,sans-serif}
    .legend span{display:inline-block;margin-right:1.2em}.swatch{display:inline-block;width:1em;height:1em;margin-right:.3em;vertical-align:middle;border:1px solid #222}
    """
}
