# The docs' ThreadPoolExecutor example, with the network replaced by sleeps.
import concurrent.futures
import time

URLS = ["http://www.foxnews.com/", "http://www.cnn.com/", "http://europe.wsj.com/",
        "http://www.bbc.co.uk/", "http://nonexistent-subdomain.python.org/"]


def load_url(url, timeout):
    time.sleep(0.01 * len(url) / 10)
    if "nonexistent" in url:
        raise ConnectionError(f"cannot resolve {url}")
    return url.encode() * 100


lines = []
with concurrent.futures.ThreadPoolExecutor(max_workers=5) as executor:
    future_to_url = {executor.submit(load_url, url, 60): url for url in URLS}
    for future in concurrent.futures.as_completed(future_to_url):
        url = future_to_url[future]
        try:
            data = future.result()
        except Exception as exc:
            lines.append("%r generated an exception: %s" % (url, exc))
        else:
            lines.append("%r page is %d bytes" % (url, len(data)))
print("\n".join(sorted(lines)))
