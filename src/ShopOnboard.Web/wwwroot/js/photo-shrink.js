// Shrinks phone photos in the browser before upload (longest side at most 2560 px) to save mobile data.
// The server never relies on it: it checks and processes every upload as if this script did not exist.
(function () {
  const maxSide = 2560;

  async function shrink(file) {
    if (!file.type.startsWith('image/') || file.type === 'image/heic' || !window.createImageBitmap) {
      return file;
    }
    const bitmap = await createImageBitmap(file, { imageOrientation: 'from-image' });
    const scale = Math.min(1, maxSide / Math.max(bitmap.width, bitmap.height));
    if (scale === 1 && file.size < 3 * 1024 * 1024) {
      return file;
    }
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(bitmap.width * scale);
    canvas.height = Math.round(bitmap.height * scale);
    canvas.getContext('2d').drawImage(bitmap, 0, 0, canvas.width, canvas.height);
    const blob = await new Promise(resolve => canvas.toBlob(resolve, 'image/jpeg', 0.9));
    return blob ? new File([blob], file.name.replace(/\.\w+$/, '') + '.jpg', { type: 'image/jpeg' }) : file;
  }

  document.querySelectorAll('form[data-shrink-photos]').forEach(form => {
    form.addEventListener('submit', async event => {
      const input = form.querySelector('input[type=file]');
      if (form.dataset.shrunk || !input || input.files.length === 0 || !window.DataTransfer) {
        return;
      }
      event.preventDefault();
      const button = form.querySelector('button[type=submit]');
      if (button) { button.disabled = true; }
      try {
        const files = new DataTransfer();
        for (const file of input.files) {
          files.items.add(await shrink(file));
        }
        input.files = files.files;
      } catch (problem) {
        // Send the originals: the server copes with them.
      }
      form.dataset.shrunk = 'yes';
      form.submit();
    });
  });
})();
