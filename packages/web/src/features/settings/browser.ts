/** Leaves the app for a URL the server gave, such as a download: the browser takes over from here. */
export function openUrl(url: string): void {
  window.location.assign(url);
}
