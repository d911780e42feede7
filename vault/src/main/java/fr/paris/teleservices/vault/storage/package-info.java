/**
 * The object store that holds the vault's ciphertext: an {@link
 * fr.paris.teleservices.vault.storage.ObjectStore} interface and its S3 implementation (any S3
 * server: MinIO, Ceph RGW, Garage, SeaweedFS; S3Proxy in tests). Objects are opaque: random keys,
 * no metadata, no plaintext — the store never learns whose document it holds or what it is.
 */
package fr.paris.teleservices.vault.storage;
