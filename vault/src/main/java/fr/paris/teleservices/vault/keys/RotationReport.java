package fr.paris.teleservices.vault.keys;

/** Outcome of a master key rotation: the new version and how many owner keys were re-wrapped. */
public record RotationReport(int newVersion, long ownerKeysRewrapped) {}
