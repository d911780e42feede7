package fr.paris.teleservices.vault.storage;

import io.minio.BucketExistsArgs;
import io.minio.GetObjectArgs;
import io.minio.GetObjectResponse;
import io.minio.ListObjectsArgs;
import io.minio.MakeBucketArgs;
import io.minio.MinioAsyncClient;
import io.minio.MinioClient;
import io.minio.PutObjectArgs;
import io.minio.RemoveObjectArgs;
import io.minio.Result;
import io.minio.UploadPartResponse;
import io.minio.errors.ErrorResponseException;
import io.minio.messages.Item;
import io.minio.messages.Part;
import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;
import okhttp3.OkHttpClient;

/**
 * {@link ObjectStore} on any S3 server, through the MinIO Java client.
 *
 * <p>Uploads of unknown length are multipart uploads driven here rather than by the client's
 * {@code putObject}, for two reasons: an upload whose source fails (a refused, oversized document)
 * must be aborted — the client leaves its parts in the bucket — and the next part can be read and
 * encrypted while the previous one is on the wire. At most {@value #PARTS_IN_FLIGHT} parts are in
 * memory per upload.
 */
public final class S3ObjectStore implements ObjectStore {

  private static final Logger LOG = Logger.getLogger(S3ObjectStore.class.getName());
  private static final String NO_SUCH_KEY = "NoSuchKey";
  private static final String ALREADY_OWNED = "BucketAlreadyOwnedByYou";
  private static final int PARTS_IN_FLIGHT = 2;
  private static final int FIRST_BUFFER = 1024 * 1024;

  private final MinioClient client;
  private final MinioAsyncClient asyncClient;
  private final S3Config config;

  private S3ObjectStore(MinioClient client, MinioAsyncClient asyncClient, S3Config config) {
    this.client = client;
    this.asyncClient = asyncClient;
    this.config = config;
  }

  public static S3ObjectStore create(S3Config config) {
    OkHttpClient http =
        new OkHttpClient.Builder()
            .connectTimeout(config.connectTimeout().toMillis(), TimeUnit.MILLISECONDS)
            .readTimeout(config.readTimeout().toMillis(), TimeUnit.MILLISECONDS)
            .writeTimeout(config.writeTimeout().toMillis(), TimeUnit.MILLISECONDS)
            .build();
    // Giving the region spares a GetBucketLocation round trip before the first request.
    MinioClient client =
        MinioClient.builder()
            .endpoint(config.endpoint())
            .region(config.region())
            .credentials(config.accessKey(), config.secretKey())
            .httpClient(http)
            .build();
    MinioAsyncClient asyncClient =
        MinioAsyncClient.builder()
            .endpoint(config.endpoint())
            .region(config.region())
            .credentials(config.accessKey(), config.secretKey())
            .httpClient(http)
            .build();
    return new S3ObjectStore(client, asyncClient, config);
  }

  @Override
  public void ensureBucket() {
    try {
      if (!client.bucketExists(BucketExistsArgs.builder().bucket(config.bucket()).build())) {
        client.makeBucket(MakeBucketArgs.builder().bucket(config.bucket()).build());
      }
    } catch (ErrorResponseException e) {
      if (!ALREADY_OWNED.equals(e.errorResponse().code())) {
        throw new StorageUnavailableException("bucket creation", e);
      }
    } catch (Exception e) {
      throw new StorageUnavailableException("bucket creation", e);
    }
  }

  @Override
  public void put(String key, InputStream content) {
    SourceWatch source = new SourceWatch(content);
    String uploadId = null;
    Deque<CompletableFuture<UploadPartResponse>> inFlight = new ArrayDeque<>();
    try {
      Buffer part = Buffer.read(source, partSize());
      if (part.length < partSize()) {
        client.putObject(
            PutObjectArgs.builder()
                .bucket(config.bucket())
                .object(key)
                .stream(new ByteArrayInputStream(part.bytes, 0, part.length), part.length, -1)
                .build());
        return;
      }
      uploadId =
          asyncClient.createMultipartUploadAsync(config.bucket(), config.region(), key, null, null).get().result().uploadId();
      List<Part> parts = new ArrayList<>();
      for (int number = 1; part.length > 0; number++) {
        inFlight.add(
            asyncClient.uploadPartAsync(config.bucket(), config.region(), key, part.bytes, part.length, uploadId, number, null, null));
        if (inFlight.size() >= PARTS_IN_FLIGHT) {
          parts.add(done(inFlight.removeFirst()));
        }
        part = Buffer.read(source, partSize());
      }
      while (!inFlight.isEmpty()) {
        parts.add(done(inFlight.removeFirst()));
      }
      asyncClient
          .completeMultipartUploadAsync(config.bucket(), config.region(), key, uploadId, parts.toArray(new Part[0]), null, null)
          .get();
    } catch (Exception e) {
      // A part still on the wire would land after the abort and stay: let it finish first.
      inFlight.forEach(S3ObjectStore::awaitQuietly);
      if (uploadId != null) {
        abort(key, uploadId);
      }
      if (e instanceof InterruptedException) {
        Thread.currentThread().interrupt();
      }
      if (source.failure != null) {
        throw source.failure instanceof RuntimeException runtime
            ? runtime
            : new UncheckedIOException((IOException) source.failure);
      }
      throw new StorageUnavailableException("upload", e);
    }
  }

  @Override
  public ObjectContent get(String key) {
    try {
      GetObjectResponse response =
          client.getObject(GetObjectArgs.builder().bucket(config.bucket()).object(key).build());
      String length = response.headers().get("Content-Length");
      return new ObjectContent(response, length == null ? -1 : Long.parseLong(length));
    } catch (ErrorResponseException e) {
      if (NO_SUCH_KEY.equals(e.errorResponse().code())) {
        throw new ObjectMissingException(key);
      }
      throw new StorageUnavailableException("download", e);
    } catch (Exception e) {
      throw new StorageUnavailableException("download", e);
    }
  }

  @Override
  public void delete(String key) {
    try {
      client.removeObject(RemoveObjectArgs.builder().bucket(config.bucket()).object(key).build());
    } catch (Exception e) {
      throw new StorageUnavailableException("deletion", e);
    }
  }

  @Override
  public Iterator<StoredObject> list(String prefix) {
    Iterator<Result<Item>> results =
        client
            .listObjects(ListObjectsArgs.builder().bucket(config.bucket()).prefix(prefix).recursive(true).build())
            .iterator();
    return new Iterator<>() {
      @Override
      public boolean hasNext() {
        try {
          return results.hasNext();
        } catch (RuntimeException e) {
          throw new StorageUnavailableException("listing", e);
        }
      }

      @Override
      public StoredObject next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        try {
          Item item = results.next().get();
          return new StoredObject(item.objectName(), item.size(), item.lastModified().toInstant());
        } catch (Exception e) {
          throw new StorageUnavailableException("listing", e);
        }
      }
    };
  }

  private int partSize() {
    return (int) config.partSize();
  }

  private static Part done(CompletableFuture<UploadPartResponse> upload) throws InterruptedException, ExecutionException {
    UploadPartResponse response = upload.get();
    return new Part(response.partNumber(), response.etag());
  }

  private static void awaitQuietly(CompletableFuture<?> upload) {
    try {
      upload.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (ExecutionException e) {
      // The upload is being given up anyway.
    }
  }

  /** An aborted upload frees its parts; if even that fails, a bucket lifecycle rule must. */
  private void abort(String key, String uploadId) {
    try {
      asyncClient.abortMultipartUploadAsync(config.bucket(), config.region(), key, uploadId, null, null).get();
    } catch (Exception e) {
      if (e instanceof InterruptedException) {
        Thread.currentThread().interrupt();
      }
      LOG.warning(() -> "Could not abort the multipart upload of " + key + ": " + e.getClass().getSimpleName());
    }
  }

  /** A part's bytes; the array may be longer than the part. */
  private record Buffer(byte[] bytes, int length) {

    /** Reads up to {@code size} bytes, growing the array only as the data comes (most documents are small). */
    static Buffer read(InputStream in, int size) throws IOException {
      byte[] bytes = new byte[Math.min(size, FIRST_BUFFER)];
      int length = in.readNBytes(bytes, 0, bytes.length);
      while (length == bytes.length && bytes.length < size) {
        bytes = Arrays.copyOf(bytes, (int) Math.min(size, bytes.length * 4L));
        length += in.readNBytes(bytes, length, bytes.length - length);
      }
      return new Buffer(bytes, length);
    }
  }

  /**
   * Remembers whether the <em>source</em> failed (a refused upload, a closed request), so that a
   * failure of the person's stream is not reported as an unavailable store.
   */
  private static final class SourceWatch extends FilterInputStream {
    private Exception failure;

    SourceWatch(InputStream in) {
      super(in);
    }

    @Override
    public int read() throws IOException {
      try {
        return super.read();
      } catch (IOException | RuntimeException e) {
        failure = e;
        throw e;
      }
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      try {
        return super.read(b, off, len);
      } catch (IOException | RuntimeException e) {
        failure = e;
        throw e;
      }
    }
  }
}
