// The floor of the bundle report: what importing any module costs.
export {};
