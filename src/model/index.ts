// Public API of rampart/model. Two sections, each owned by one part of the domain.

// --- scan (formats, pickle machine, verdicts) ---

// --- signing (OpenSSF model-signing sign/verify, ML-BOM) ---

export {};
